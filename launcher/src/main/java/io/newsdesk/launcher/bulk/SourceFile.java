package io.newsdesk.launcher.bulk;

/**
 * One file found under the path given to {@code import}: a file of a folder or an entry of an archive.
 *
 * @param name    its path relative to the folder or archive root, with {@code /} separators
 * @param content its bytes
 */
public record SourceFile(String name, byte[] content) {

    /** The name without folders, e.g. {@code day-1.jsonl}. */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
