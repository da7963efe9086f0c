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
}
