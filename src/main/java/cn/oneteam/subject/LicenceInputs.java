package cn.oneteam.subject;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a caller sends to record or revoke a licence (行政许可) of a subject. */
public final class LicenceInputs {

	private LicenceInputs() {
	}

	/**
	 * A licence as the issuing department gave it: its kind (e.g. 食品经营许可证), number, the department (its
	 * 统一社会信用代码 and name), validity (open-ended when {@code validUntil} is absent) and scope.
	 */
	public record Licence(@NotBlank @Size(max = 100) String kind, @NotBlank @Size(max = 100) String number,
			@NotBlank @Size(max = 18) String issuerCode, @NotBlank @Size(max = 200) String issuerName,
			@NotNull LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable @Size(max = 2000) String scope) {
	}

	/** 吊销/撤销: the day (not in the future) and the reason. */
	public record Revocation(@NotNull LocalDate revokedOn, @NotBlank @Size(max = 500) String reason) {
	}
}
