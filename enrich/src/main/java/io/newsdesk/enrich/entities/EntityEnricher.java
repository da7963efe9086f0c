package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.Mention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Sets {@code entities}: the people, organisations and places of {@code content.text}, found by a list of
 * {@link EntityPass}es over one shared {@link Recognition} (the list is {@code StandardProcessors.entityPasses}),
 * each with every mention as offsets into the text, the mention count, titles and aliases, the ISO 3166 code
 * of places, and a salience from 0 to 1 - how often it is mentioned relative to the most mentioned entity,
 * how early it first appears, and whether the headline names it. Most salient first.
 */
public final class EntityEnricher implements Enricher {
    private static final double FREQUENCY_WEIGHT = 0.55;
    private static final double EARLINESS_WEIGHT = 0.3;
    private static final double HEADLINE_WEIGHT = 0.15;

    private final Gazetteer gazetteer;
    private final List<EntityPass> passes;
    private final SpanTyper typer;

    /** Candidate names typed by the shipped model ({@link SpanTypeModel#standard}). */
    public EntityEnricher(Gazetteer gazetteer, List<? extends EntityPass> passes) {
        this(gazetteer, passes, SpanTypeModel.standard());
    }

    public EntityEnricher(Gazetteer gazetteer, List<? extends EntityPass> passes, SpanTyper typer) {
        this.gazetteer = gazetteer;
        this.passes = List.copyOf(passes);
        this.typer = typer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        article.setEntities(entities(article.getContent().getHeadline(), text));
    }

    /** The entities of a text; {@code headline} (may be null) only raises salience. */
    public List<Entity> entities(String headline, AnalyzedText analyzed) {
        Recognition recognition = new Recognition(analyzed, headline, gazetteer, typer);
        for (EntityPass pass : passes) {
            pass.run(recognition);
        }
        Collection<EntityDraft> drafts = recognition.entities();
        int maxMentions = 1;
        for (EntityDraft d : drafts) {
            maxMentions = Math.max(maxMentions, d.mentions.size());
        }
        List<Entity> out = new ArrayList<>();
        double length = Math.max(1, analyzed.text().length());
        for (EntityDraft d : drafts) {
            List<Mention> mentions = new ArrayList<>(d.mentions);
            mentions.sort(Comparator.comparingInt(Mention::getStart));
            double frequency = (double) mentions.size() / maxMentions;
            double earliness = 1.0 - mentions.get(0).getStart() / length;
            double salience = FREQUENCY_WEIGHT * frequency + EARLINESS_WEIGHT * earliness + (d.inHeadline ? HEADLINE_WEIGHT : 0.0);
            List<String> aliases = new ArrayList<>();
            for (String a : d.aliases) {
                if (!a.equals(d.canonical) && !aliases.contains(a)) {
                    aliases.add(a);
                }
            }
            out.add(new Entity(d.type, d.canonical, aliases, new ArrayList<>(d.titles), d.isoCode, mentions, mentions.size(),
                    Math.round(Math.min(1.0, salience) * 1000) / 1000.0));
        }
        out.sort(Comparator.comparingDouble(Entity::getSalience).reversed().thenComparing(Entity::getName));
        return out;
    }
}
