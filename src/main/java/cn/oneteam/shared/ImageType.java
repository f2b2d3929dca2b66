package cn.oneteam.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A photograph's type recognised by its first bytes, never by what the sender says: JPEG or PNG. Intake's report photos
 * and the photos and signatures of an inspection are checked this way.
 */
public enum ImageType {

	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	/** The bytes needed to recognise any type. */
	public static final int HEAD = 8;

	private final String contentType;

	private final byte[] magic;

	ImageType(String contentType, byte[] magic) {
		this.contentType = contentType;
		this.magic = magic;
	}

	public String contentType() {
		return contentType;
	}

	/** The type whose signature the content (or its first {@link #HEAD} bytes) starts with. */
	public static Optional<ImageType> of(byte[] content) {
		return Arrays.stream(values()).filter(t -> t.starts(content)).findFirst();
	}

	private boolean starts(byte[] content) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
