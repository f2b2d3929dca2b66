package cn.oneteam.evidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;

import cn.oneteam.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * An item of evidence as its uploader describes it: its type (处罚法 §46), title, how it was obtained, when and where
 * it was collected (coordinates optional, WGS 84 degrees), the officers who collected it, and the file's name. Bad
 * values are refused (400) before any byte is read.
 */
public record NewEvidence(EvidenceType type, String title, String source, OffsetDateTime collectedAt, String place,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, List<Long> officers, String fileName) {

	static final int MAX_OFFICERS = 20;

	private static final BigDecimal LATITUDE = BigDecimal.valueOf(90);

	private static final BigDecimal LONGITUDE = BigDecimal.valueOf(180);

	public NewEvidence {
		title = required("title", title, 200);
		source = required("source", source, 500);
		place = required("place", place, 200);
		fileName = required("fileName", baseName(fileName), 255);
		if (PlainText.firstInvalidInLine(fileName) >= 0) {
			// a CR or LF would split the download's Content-Disposition header (docs/adr/0012-bad-input.md)
			throw new EvidenceViolation(EvidenceViolation.BAD_REQUEST, "evidence.file-name-invalid",
					PlainText.codePoint(fileName, PlainText.firstInvalidInLine(fileName)));
		}
		if ((latitude == null) != (longitude == null) || latitude != null && latitude.abs().compareTo(LATITUDE) > 0
				|| longitude != null && longitude.abs().compareTo(LONGITUDE) > 0) {
			throw new EvidenceViolation(EvidenceViolation.BAD_REQUEST, "evidence.coordinates-invalid",
					String.valueOf(latitude), String.valueOf(longitude));
		}
		officers = List.copyOf(new LinkedHashSet<>(officers == null ? List.of() : officers));
		if (officers.isEmpty() || officers.size() > MAX_OFFICERS) {
			throw new EvidenceViolation(EvidenceViolation.BAD_REQUEST, "evidence.officers-required", MAX_OFFICERS);
		}
	}

	private static String required(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new EvidenceViolation(EvidenceViolation.BAD_REQUEST, "evidence.field-required", field);
		}
		if (value.strip().length() > max) {
			throw new EvidenceViolation(EvidenceViolation.BAD_REQUEST, "evidence.field-too-long", field, max);
		}
		return value.strip();
	}

	/** The name without any folder a browser or client sent along with it. */
	private static @Nullable String baseName(@Nullable String fileName) {
		return fileName == null ? null : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
	}
}
