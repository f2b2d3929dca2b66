package cn.oneteam.evidence;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * 内容检查: what an uploaded file is, from its declared media type, its name and its first bytes, before anything is
 * kept. Programs and scripts are refused (415), as are kinds of file evidence is not kept as (415); a file whose
 * bytes are not what its type claims, an empty file, or a kind of file the evidence type does not take, is
 * unprocessable (422).
 */
final class ContentCheck {

	/** How many first bytes the check reads. */
	static final int HEAD = 512;

	private static final String UNKNOWN = "application/octet-stream";

	private ContentCheck() {
	}

	/** The media type to keep the file as; throws when the file may not be kept. */
	static String examine(EvidenceType type, @Nullable String declaredType, String fileName, byte[] head) {
		String extension = MediaFormat.extension(fileName);
		if (MediaFormat.executable(extension, head)) {
			throw new EvidenceViolation(EvidenceViolation.UNSUPPORTED, "evidence.content-executable", fileName);
		}
		String declared = normalise(declaredType);
		MediaFormat format = (declared == null ? MediaFormat.ofExtension(extension)
				: MediaFormat.ofContentType(declared))
			.orElseThrow(() -> new EvidenceViolation(EvidenceViolation.UNSUPPORTED, "evidence.content-type-unsupported",
					declared == null ? fileName : declared));
		if (head.length == 0) {
			throw new EvidenceViolation(EvidenceViolation.UNPROCESSABLE, "evidence.content-empty", fileName);
		}
		if (!format.matches(head)) {
			throw new EvidenceViolation(EvidenceViolation.UNPROCESSABLE, "evidence.content-mismatch", fileName,
					format.contentType(declared, extension));
		}
		if (!type.accepts(format.family())) {
			throw new EvidenceViolation(EvidenceViolation.UNPROCESSABLE, "evidence.content-not-for-type", fileName,
					type.name());
		}
		return format.contentType(declared, extension);
	}

	/** The media type without parameters, in lower case; none when absent or merely "some bytes". */
	private static @Nullable String normalise(@Nullable String type) {
		if (type == null) {
			return null;
		}
		String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return bare.isEmpty() || bare.equals(UNKNOWN) ? null : bare;
	}
}
