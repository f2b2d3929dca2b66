package cn.oneteam.shared;

/**
 * What a text typed or sent by a person may contain (docs/adr/0012-bad-input.md): no NUL and no other control
 * character (C0, DEL, C1) — tab, CR and LF only where free text allows line breaks — no lone surrogate, which
 * PostgreSQL could not store (it would keep a {@code ?} instead), and neither U+FFFE nor U+FFFF, which are not
 * characters and which XML (the documents, the Excel export) cannot carry. A one-line value such as a file name
 * also takes no bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which disguise a name.
 */
public final class PlainText {

	private PlainText() {
	}

	/** The index of the first character not allowed in free text (tab, CR and LF are), or -1. */
	public static int firstInvalidInFreeText(CharSequence text) {
		return firstInvalid(text, true);
	}

	/** The index of the first character not allowed in a one-line value such as a file name (no tab, CR, LF), or -1. */
	public static int firstInvalidInLine(CharSequence text) {
		return firstInvalid(text, false);
	}

	private static int firstInvalid(CharSequence text, boolean lineBreaks) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				if (!(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
					return i;
				}
			}
			else if (c >= 0x7f && c <= 0x9f || c == '\ufffe' || c == '\uffff') {
				return i;
			}
			else if (!lineBreaks && (c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069')) {
				return i;
			}
			else if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return i;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/** The character at an index as {@code U+XXXX}, for a message that must not echo the character itself. */
	public static String codePoint(CharSequence text, int index) {
		return "U+%04X".formatted((int) text.charAt(index));
	}
}
