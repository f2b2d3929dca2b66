package cn.oneteam.intake;

import java.util.Arrays;

/** A photograph sent with a report: JPEG or PNG, recognised by its first bytes, not by what the sender says. */
public record Photo(String contentType, byte[] content) {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	/** The photo's type from its first bytes, or a refusal. */
	static Photo of(String fileName, byte[] content, long maxBytes) {
		if (content.length > maxBytes) {
			throw new IntakeViolation(IntakeViolation.CONTENT_TOO_LARGE, "intake.photo-too-large", fileName,
					maxBytes / 1024);
		}
		if (starts(content, JPEG)) {
			return new Photo("image/jpeg", content);
		}
		if (starts(content, PNG)) {
			return new Photo("image/png", content);
		}
		throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.photo-not-image", fileName);
	}

	private static boolean starts(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
