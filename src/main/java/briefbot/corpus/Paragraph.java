package briefbot.corpus;

/** A citable paragraph: its number (from 1, after cleaning), the heading above it, its text and language. */
public record Paragraph(int number, String section, String text, String language) {}
