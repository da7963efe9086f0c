package io.newsdesk.schemas.codec;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate generated classes from packages it has not been told to trust
 * ({@code org.apache.avro.SERIALIZABLE_PACKAGES}). Every decoder here calls {@link #install()} so that
 * no service, tool or test depends on a JVM flag being remembered; the system property keeps working
 * for code that decodes without this codec.
 */
public final class TrustedSchemas {
    /** The one namespace every generated Newsdesk class lives in. */
    public static final String PACKAGE = "io.newsdesk.schemas";

    private static volatile boolean installed;

    private TrustedSchemas() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous,
                cls -> cls.getName().startsWith(PACKAGE + ".")));
        installed = true;
    }
}
