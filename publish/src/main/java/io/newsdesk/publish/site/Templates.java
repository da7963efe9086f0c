package io.newsdesk.publish.site;

import io.newsdesk.publish.html.Markup;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.HtmlTemplateOutput;

/**
 * The HTML pages' templates ({@code src/main/jte}, compiled to Java by jte's Maven plugin at build time)
 * and the one way they escape: every {@code ${...}} in a template goes through {@link Markup#escapeInto},
 * the same escaping the feeds and sitemaps use, whatever the tag or attribute it lands in. Markup that is
 * already safe is written only where a template says {@code $unsafe{...}}: the sanitized article body
 * ({@code SafeBody}) and the status page's charts, which are built from numbers.
 */
public final class Templates {
    /** The package the plugin compiles the templates into; a template's folders extend it (see publish/pom.xml). */
    private static final String PACKAGE = "io.newsdesk.publish";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    private Templates() {
    }

    /**
     * Renders a template whose single parameter is {@code model}.
     *
     * @param name     the template's path under {@code src/main/jte}, e.g. {@code site/pages/home.jte}
     * @param sizeHint the expected length, to size the buffer once
     */
    public static String render(String name, Object model, int sizeHint) {
        EscapingOutput out = new EscapingOutput(sizeHint);
        ENGINE.render(name, model, out);
        return out.toString();
    }

    /** Template text as it is; values from the model escaped. */
    private static final class EscapingOutput implements HtmlTemplateOutput {
        private final StringBuilder out;

        EscapingOutput(int sizeHint) {
            this.out = new StringBuilder(sizeHint);
        }

        @Override
        public void writeContent(String value) {
            out.append(value);
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            out.append(value, beginIndex, endIndex);
        }

        @Override
        public void writeUserContent(String value) {
            Markup.escapeInto(out, value);
        }

        @Override
        public void setContext(String tagName, String attributeName) {
            // One escaping for every context: text and double-quoted attribute values alike (see Markup).
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
