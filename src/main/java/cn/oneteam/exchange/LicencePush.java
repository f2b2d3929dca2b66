package cn.oneteam.exchange;

import java.time.LocalDate;

import cn.oneteam.subject.LicenceInputs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One record an approval department pushes (docs/adr/0021-approval-exchange.md): the subject's code and either a
 * licence it issued or the revocation of one (by its number); exactly one of the two.
 */
public record LicencePush(@NotBlank @Size(max = 18) String subjectCode, @Valid LicenceInputs.@Nullable Licence licence,
		@Valid @Nullable Revocation revocation) {

	/** 吊销/撤销 of the department's licence with this number: the day (not in the future) and the reason. */
	public record Revocation(@NotBlank @Size(max = 100) String number, @NotNull LocalDate revokedOn,
			@NotBlank @Size(max = 500) String reason) {
	}
}
