package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;

/**
 * Decides what a candidate name names: a run of capitalised words that no gazetteer entry covers, or a
 * lone word no surname resolved. The passes find the candidates and read the rules' guess
 * ({@link RunTypes#ruleGuess}); a typer takes the final decision.
 */
public interface SpanTyper {

    /** The rules' guess on its own: what the recognizer did before it had a model (and what pass tests pin). */
    SpanTyper RULES = (r, from, end, title, ruleGuess) -> ruleGuess;

    /**
     * The type of tokens [from, end) of the recognition, or null when they name no entity (a title or office
     * alone, a product, an event, a capitalised common word). {@code title} is the person title read before the
     * span, or null; {@code ruleGuess} what the hand-written rules make of it, or null.
     */
    EntityType type(Recognition r, int from, int end, String title, EntityType ruleGuess);
}
