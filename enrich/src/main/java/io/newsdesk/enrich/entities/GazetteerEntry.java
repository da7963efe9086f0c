package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;

/**
 * What a gazetteer name stands for. {@code form} tells how the name relates to the entity: its canonical
 * name, another name (an acronym, a capital used for the country), or a demonym ("Mexican").
 * {@code kind} is the organisation kind from {@code organizations.txt} ("outlet", "agency", ...), the
 * person's usual title for people, or null.
 */
public record GazetteerEntry(EntityType type, String canonical, String isoCode, String kind, Form form) {

    public enum Form { CANONICAL, ALIAS, DEMONYM }

    public boolean isOutlet() {
        return type == EntityType.ORGANIZATION && "outlet".equals(kind);
    }
}
