package cn.oneteam.subject;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a caller sends to register or close a subject. */
public final class SubjectInputs {

	private SubjectInputs() {
	}

	/**
	 * A new subject: the code is a 统一社会信用代码, or for a natural person a 公民身份号码; the address a division code of
	 * a county, township or village (6, 9 or 12 digits) and the street address; industry a GB/T 4754 code (a letter and
	 * up to four digits).
	 */
	public record Registration(@NotNull SubjectKind kind, @NotBlank @Size(max = 20) String code,
			@NotBlank @Size(max = 200) String name, @NotBlank String divisionCode,
			@NotBlank @Size(max = 300) String streetAddress, @Nullable @Size(max = 100) String representative,
			@Nullable @Pattern(regexp = "[A-T]([0-9]{2,4})?") String industryCode) {
	}

	/** Closing a subject: 吊销, 注销 or 迁出, and the day (today when not given). */
	public record Closing(@NotNull SubjectStatus status, @Nullable LocalDate closedOn) {
	}
}
