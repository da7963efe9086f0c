package io.newsdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries the folder layout promises. The launcher's test class path holds every module's main
 * classes, so the rules see the whole project (test classes excluded).
 */
@AnalyzeClasses(packages = "io.newsdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    private static final String HOW_TO_FIX = "services talk to each other only through Kafka topics; move what they "
            + "share into platform (runtime) or schemas (the contract)";

    @ArchTest
    static final ArchRule ingestUsesNoOtherService = noClasses().that().resideInAPackage("io.newsdesk.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.enrich..", "io.newsdesk.publish..")
            .because(HOW_TO_FIX);

    @ArchTest
    static final ArchRule enrichUsesNoOtherService = noClasses().that().resideInAPackage("io.newsdesk.enrich..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.ingest..", "io.newsdesk.publish..")
            .because(HOW_TO_FIX);

    @ArchTest
    static final ArchRule publishUsesNoOtherService = noClasses().that().resideInAPackage("io.newsdesk.publish..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.ingest..", "io.newsdesk.enrich..")
            .because(HOW_TO_FIX);

    @ArchTest
    static final ArchRule platformKnowsNoService = noClasses().that().resideInAPackage("io.newsdesk.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.ingest..", "io.newsdesk.enrich..",
                    "io.newsdesk.publish..", "io.newsdesk.launcher..")
            .because("platform is what every service stands on; a dependency on a service would tie them together");

    @ArchTest
    static final ArchRule schemasAreALeaf = noClasses().that().resideInAPackage("io.newsdesk.schemas..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.platform..", "org.apache.kafka..",
                    "io.newsdesk.ingest..", "io.newsdesk.enrich..", "io.newsdesk.publish..")
            .because("the contract depends on Avro alone, so any consumer can take it");

    @ArchTest
    static final ArchRule mainCodeNeverUsesTestFixtures = noClasses().that().resideOutsideOfPackage("io.newsdesk.testkit..")
            .should().dependOnClassesThat().resideInAPackage("io.newsdesk.testkit..")
            .because("test fixtures are for tests; main code that needs a broker uses io.newsdesk.broker");

    @ArchTest
    static final ArchRule servicesDoNotUseTheEmbeddedBroker = noClasses().that()
            .resideInAnyPackage("io.newsdesk.ingest..", "io.newsdesk.enrich..", "io.newsdesk.publish..")
            .should().dependOnClassesThat().resideInAPackage("io.newsdesk.broker..")
            .because("a service connects to whatever cluster it is given; only the launcher starts a broker");

    // Publish shows its parts: the read model, the HTML pages, the syndication feeds and sitemaps, the API.

    @ArchTest
    static final ArchRule theReadModelKnowsNoOutput = noClasses().that().resideInAPackage("io.newsdesk.publish.readmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.publish.site..", "io.newsdesk.publish.status..")
            .because("the read model stores and finds articles; pages, feeds and the API read it, never the reverse");

    @ArchTest
    static final ArchRule pagesFeedsAndApiAreApart = noClasses().that().resideInAPackage("io.newsdesk.publish.site.pages..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.publish.site.syndication..", "io.newsdesk.publish.site.api..")
            .because("each output stands alone on the read model and what io.newsdesk.publish.site shares (links, escaping)");

    @ArchTest
    static final ArchRule syndicationStandsAlone = noClasses().that().resideInAPackage("io.newsdesk.publish.site.syndication..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.publish.site.pages..", "io.newsdesk.publish.site.api..")
            .because("each output stands alone on the read model and what io.newsdesk.publish.site shares (links, escaping)");

    @ArchTest
    static final ArchRule apiStandsAlone = noClasses().that().resideInAPackage("io.newsdesk.publish.site.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.publish.site.pages..", "io.newsdesk.publish.site.syndication..")
            .because("each output stands alone on the read model and what io.newsdesk.publish.site shares (links, escaping)");

    @ArchTest
    static final ArchRule outputsDoNotTouchKafka = noClasses().that().resideInAPackage("io.newsdesk.publish.site..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.apache.lucene..")
            .because("pages, feeds and the API read articles through the read model's queries; only the read model knows "
                    + "Kafka (its follower) and Lucene (its index)");
}
