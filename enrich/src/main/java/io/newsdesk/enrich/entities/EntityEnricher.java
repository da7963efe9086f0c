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
 * Sets {@code entities}: the people, organisations and places of {@code content.text} (see
 * {@link EntityRecognizer} for the rules), each with every mention as offsets into the text, the mention
 * count, titles and aliases, the ISO 3166 code of places, and a salience from 0 to 1 - how often it is
 * mentioned relative to the most mentioned entity, how early it first appears, and whether the headline
 * names it. Most salient first.
 */
public final class EntityEnricher implements Enricher {

    private final EntityRecognizer recognizer;

    public EntityEnricher() {
        this(Gazetteer.standard());
    }

    public EntityEnricher(Gazetteer gazetteer) {
        this.recognizer = new EntityRecognizer(gazetteer);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article) {
        enrich(article, AnalyzedText.of(article.getContent().getText()));
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        article.setEntities(entities(article.getContent().getHeadline(), text));
    }

    public List<Entity> entities(String headline, String text) {
        return entities(headline, AnalyzedText.of(text));
    }

    /** {@link #entities(String, String)} of a text analysed already. */
    public List<Entity> entities(String headline, AnalyzedText analyzed) {
        String body = analyzed.text();
        Collection<EntityDraft> drafts = recognizer.recognize(analyzed, headline);
        int maxMentions = 1;
        for (EntityDraft d : drafts) {
            maxMentions = Math.max(maxMentions, d.mentions.size());
        }
        List<Entity> out = new ArrayList<>();
        double length = Math.max(1, body.length());
        for (EntityDraft d : drafts) {
            List<Mention> mentions = new ArrayList<>(d.mentions);
            mentions.sort(Comparator.comparingInt(Mention::getStart));
            double frequency = (double) mentions.size() / maxMentions;
            double earliness = 1.0 - mentions.get(0).getStart() / length;
            double salience = 0.55 * frequency + 0.3 * earliness + (d.inHeadline ? 0.15 : 0.0);
            List<String> aliases = new ArrayList<>();
            for (String a : d.aliases) {
                if (!a.equals(d.canonical) && !aliases.contains(a)) {
                    aliases.add(a);
                }
            }
            // the constructor, not the builder: every field is set, and the builder's copies and checks cost
            out.add(new Entity(d.type, d.canonical, aliases, new ArrayList<>(d.titles), d.isoCode, mentions, mentions.size(),
                    Math.round(Math.min(1.0, salience) * 1000) / 1000.0));
        }
        out.sort(Comparator.comparingDouble(Entity::getSalience).reversed().thenComparing(Entity::getName));
        return out;
    }
}
