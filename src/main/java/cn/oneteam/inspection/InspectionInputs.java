package cn.oneteam.inspection;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.subject.SubjectKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a user sends to create items, plans and tasks. */
public final class InspectionInputs {

	private InspectionInputs() {
	}

	/** An item (its first version) or the next version of one. */
	public record Item(long departmentId, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 1000) String legalBasis, @NotEmpty List<@NotNull SubjectKind> subjectKinds,
			@NotBlank @Size(max = 2000) String content, @NotNull ItemMethod method, boolean keyItem) {
	}

	public record Plan(long bodyId, @Min(2000) @Max(2100) int year, @NotBlank @Size(max = 200) String name, long leadId,
			@NotEmpty List<@NotNull Long> departmentIds) {
	}

	/** A task; replacesId and reason together when it replaces an approved task. */
	public record Task(@NotBlank @Size(max = 200) String name, @NotEmpty List<@NotNull Long> departmentIds,
			@NotEmpty List<@NotNull Long> itemIds, @NotEmpty List<@NotNull SubjectKind> subjectKinds,
			@NotBlank @Size(max = 12) String divisionCode, @NotEmpty List<@NotBlank @Size(max = 18) String> issuerCodes,
			@NotEmpty List<@NotNull @Valid StratumRule> strata,
			@NotNull LocalDate windowFrom, @NotNull LocalDate windowUntil, @Nullable Long replacesId,
			@Nullable @Size(max = 500) String reason) {
	}
}
