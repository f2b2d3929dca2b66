package cn.oneteam.intake;

import cn.oneteam.shared.ImageType;

/** A photograph sent with a report: JPEG or PNG, recognised by its first bytes, not by what the sender says. */
public record Photo(String contentType, byte[] content) {

	/** The photo's type from its first bytes, or a refusal. */
	static Photo of(String fileName, byte[] content, long maxBytes) {
		if (content.length > maxBytes) {
			throw new IntakeViolation(IntakeViolation.CONTENT_TOO_LARGE, "intake.photo-too-large", fileName,
					maxBytes / 1024);
		}
		return ImageType.of(content)
			.map(type -> new Photo(type.contentType(), content))
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.photo-not-image", fileName));
	}
}
