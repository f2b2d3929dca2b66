package cn.oneteam.subject.quiet;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a caller sends to set or end a quiet entry, or to set a cap. */
public final class QuietInputs {

	private QuietInputs() {
	}

	/** A new entry: kind, from (included), until (included; none for open-ended), reason and deciding body. */
	public record Entry(@NotNull QuietKind kind, @NotNull LocalDate validFrom, @Nullable LocalDate validUntil,
			@NotBlank @Size(max = 500) String reason, @NotBlank @Size(max = 200) String decidingBody) {
	}

	/** Ending an entry: from which day it no longer applies (today when not given) and why. */
	public record Ending(@Nullable LocalDate endedOn, @NotBlank @Size(max = 500) String reason) {
	}

	/** A cap for a body's organisation code or a domain and a year; it replaces the current one of the same key. */
	public record Cap(@NotNull InspectionCap.Scope scope, @NotBlank @Size(max = 64) String scopeKey,
			@Min(2000) @Max(2100) int year, @Min(0) int cap, @NotNull InspectionCap.OnReach onReach,
			@Nullable Set<InspectionTrigger> exemptTriggers, @NotBlank @Size(max = 500) String basis) {
	}
}
