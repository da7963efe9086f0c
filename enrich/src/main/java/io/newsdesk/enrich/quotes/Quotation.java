package io.newsdesk.enrich.quotes;

/**
 * A quotation found between quotation marks: offsets of its inner text (the marks excluded) and whether it
 * continues the quotation of the paragraph before (a paragraph that ends inside an open quotation).
 */
public record Quotation(int start, int end, boolean continuesPrevious) {
}
