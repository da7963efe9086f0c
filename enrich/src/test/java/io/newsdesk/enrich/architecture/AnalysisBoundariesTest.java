package io.newsdesk.enrich.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries inside enrich. Only the service package ({@code io.newsdesk.enrich}: EnrichTopology,
 * EnrichService, EnrichMain) knows Kafka; the steps and the text analysis below it are plain functions of
 * their input, which is what lets {@code ./newsdesk enrich FILE}, the quality evaluation and the approved
 * outputs run them without a broker.
 */
@AnalyzeClasses(packages = "io.newsdesk.enrich", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class AnalysisBoundariesTest {
    /** Every package of enrich below the service's own: the stages, the page cleaner and every analysis. */
    private static final String[] ANALYSIS = {"io.newsdesk.enrich.stage..", "io.newsdesk.enrich.page..",
        "io.newsdesk.enrich.text..", "io.newsdesk.enrich.topics..", "io.newsdesk.enrich.keywords..",
        "io.newsdesk.enrich.entities..", "io.newsdesk.enrich.quotes..", "io.newsdesk.enrich.sources..",
        "io.newsdesk.enrich.figures..", "io.newsdesk.enrich.article.."};

    @ArchTest
    static final ArchRule analysisNeverImportsKafka = noClasses().that().resideInAnyPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
            .because("the text analysis must run without a broker (offline command, quality tests, approved outputs); "
                    + "to fix a violation, keep the Kafka part in io.newsdesk.enrich (EnrichTopology, EnrichService) and "
                    + "hand the step plain values (the Avro records, the text), as ArticleProcessor does");

    @ArchTest
    static final ArchRule analysisNeverReachesUpToTheService = noClasses().that().resideInAnyPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAPackage("io.newsdesk.enrich")
            .because("the service wires the analysis, never the other way round; to fix a violation, move what the "
                    + "analysis needs from io.newsdesk.enrich into its own package (settings into stage.AnalysisSettings)");

    @ArchTest
    static final ArchRule theTextLayerStandsOnNothingAbove = noClasses().that().resideInAPackage("io.newsdesk.enrich.text..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsdesk.enrich.stage..", "io.newsdesk.enrich.page..",
                    "io.newsdesk.enrich.topics..", "io.newsdesk.enrich.keywords..", "io.newsdesk.enrich.entities..",
                    "io.newsdesk.enrich.quotes..", "io.newsdesk.enrich.sources..", "io.newsdesk.enrich.figures..",
                    "io.newsdesk.enrich.article..")
            .because("every pass reads the one analysed text (tokens, sentences, word lists); to fix a violation, move "
                    + "the shared piece down into text, or the pass-specific piece up into the pass's package");
}
