package cn.oneteam.inspection.result;

import java.util.Base64;

import cn.oneteam.shared.ImageType;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The subject's signature as the phone page sends it: a PNG data URL, decoded, size-limited and checked to be a PNG by
 * its first bytes (docs/adr/0030-recording-and-publishing-inspections.md).
 */
final class SignatureImage {

	private static final String PNG_DATA_URL = "data:image/png;base64,";

	private SignatureImage() {
	}

	/** The signature decoded from its PNG data URL (required on site): size-limited, checked to be a PNG. */
	static byte @Nullable [] decode(@Nullable String dataUrl, boolean required, long maxBytes) {
		if (dataUrl == null || dataUrl.isBlank()) {
			if (required) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.signature-required");
			}
			return null;
		}
		if (!dataUrl.startsWith(PNG_DATA_URL)) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.signature-invalid");
		}
		byte[] png;
		try {
			png = Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.signature-invalid");
		}
		if (png.length > maxBytes) {
			throw new RuleViolation(RuleViolation.CONTENT_TOO_LARGE, "inspection.signature-too-large",
					maxBytes / 1024);
		}
		if (ImageType.of(png).filter(t -> t == ImageType.PNG).isEmpty()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.signature-invalid");
		}
		return png;
	}
}
