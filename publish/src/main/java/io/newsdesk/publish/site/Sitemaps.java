package io.newsdesk.publish.site;

import io.newsdesk.schemas.PublishedArticle;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap (sitemaps.org 0.9) of every live article with its last modification, and the Google
 * News sitemap of the articles first published in the last two days. Retracted and withheld
 * articles are not in the index, so they drop out of both on the next fetch.
 */
final class Sitemaps {
    static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** The protocol's limit per file; a larger archive needs a sitemap index, which this site does not yet split into. */
    static final int MAX_URLS = 50_000;
    /** Google News reads at most this many URLs from one news sitemap. */
    static final int MAX_NEWS_URLS = 1_000;
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private Sitemaps() {
    }

    /** {@code articles} newest first; the home page leads, dated by the newest article. */
    static String sitemap(List<PublishedArticle> articles, SiteLinks links) {
        StringWriter out = new StringWriter(8192);
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(SITEMAP_NS);
            x.writeStartElement(SITEMAP_NS, "urlset");
            x.writeDefaultNamespace(SITEMAP_NS);
            x.writeStartElement(SITEMAP_NS, "url");
            element(x, SITEMAP_NS, "loc", links.absolute("/"));
            articles.stream().map(PublishedArticle::getPublishedAt).max(java.time.Instant::compareTo)
                    .ifPresent(t -> element(x, SITEMAP_NS, "lastmod", AtomFeed.iso(t)));
            x.writeEndElement();
            for (PublishedArticle article : articles.subList(0, Math.min(articles.size(), MAX_URLS - 1))) {
                x.writeStartElement(SITEMAP_NS, "url");
                element(x, SITEMAP_NS, "loc", links.absolute(SiteLinks.article(article.getSlug())));
                element(x, SITEMAP_NS, "lastmod", AtomFeed.iso(article.getPublishedAt()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write sitemap", e);
        }
        return out.toString();
    }

    /** {@code articles} are those first published in the last two days, in any order. */
    static String news(List<PublishedArticle> articles, SiteLinks links, String publicationName) {
        StringWriter out = new StringWriter(8192);
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(SITEMAP_NS);
            x.setPrefix("news", NEWS_NS);
            x.writeStartElement(SITEMAP_NS, "urlset");
            x.writeDefaultNamespace(SITEMAP_NS);
            x.writeNamespace("news", NEWS_NS);
            for (PublishedArticle article : articles.subList(0, Math.min(articles.size(), MAX_NEWS_URLS))) {
                ArticleView a = new ArticleView(article);
                x.writeStartElement(SITEMAP_NS, "url");
                element(x, SITEMAP_NS, "loc", links.absolute(SiteLinks.article(a.slug())));
                x.writeStartElement(NEWS_NS, "news");
                x.writeStartElement(NEWS_NS, "publication");
                element(x, NEWS_NS, "name", publicationName);
                element(x, NEWS_NS, "language", newsLanguage(a.language()));
                x.writeEndElement();
                element(x, NEWS_NS, "publication_date", AtomFeed.iso(a.firstPublishedAt()));
                element(x, NEWS_NS, "title", a.headline());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write news sitemap", e);
        }
        return out.toString();
    }

    /** Google News wants ISO 639 codes, with zh-cn and zh-tw as the only regional forms. */
    static String newsLanguage(String bcp47) {
        String lower = bcp47.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (lower.startsWith("zh-tw") || lower.startsWith("zh-hant")) {
            return "zh-tw";
        }
        if (lower.startsWith("zh")) {
            return "zh-cn";
        }
        int dash = lower.indexOf('-');
        return dash > 0 ? lower.substring(0, dash) : lower;
    }

    private static void element(XMLStreamWriter x, String ns, String name, String text) {
        try {
            x.writeStartElement(ns, name);
            x.writeCharacters(Markup.xmlSafe(text));
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + name, e);
        }
    }
}
