package io.newsdesk.enrich.entities;

/**
 * One pass of entity recognition over the shared {@link Recognition} of a text: it finds mentions (and
 * makes or extends entities for them), or resolves what earlier passes left open. The passes run in the
 * order {@code StandardProcessors.entityPasses} lists them; each may rely on what the passes before it found.
 */
public interface EntityPass {
    void run(Recognition recognition);
}
