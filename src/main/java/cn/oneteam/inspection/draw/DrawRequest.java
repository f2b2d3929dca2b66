package cn.oneteam.inspection.draw;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What to draw (docs/adr/0026-the-draw.md): the strata with their candidate subject codes (in the order the population
 * text lists them) and how many to draw, the eligible inspectors' certificate numbers with recusal pairs, and how many
 * inspectors per drawn subject (two certified inspectors by default; experts are never in this list). A joint task
 * gives instead one inspector group per department — its eligible certificate numbers and how many it draws — and each
 * group is drawn on its own with the same key (docs/adr/0032-inspectors-library-and-recusal.md).
 */
public record DrawRequest(@Nullable Long taskId, @NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 1000) String reason, @NotEmpty @Valid List<StratumInput> strata,
		@Nullable List<@NotBlank String> inspectors, @Nullable @Valid List<Recusal> recusals,
		@Nullable @Min(1) @Max(20) Integer inspectorsPerSubject, @Nullable @Valid List<InspectorGroup> groups) {

	public static final int DEFAULT_INSPECTORS = 2;

	@JsonCreator
	public DrawRequest {
	}

	/** The single-group form: one list of inspectors for every drawn subject. */
	public DrawRequest(@Nullable Long taskId, String name, String reason, List<StratumInput> strata,
			List<String> inspectors, @Nullable List<Recusal> recusals, @Nullable Integer inspectorsPerSubject) {
		this(taskId, name, reason, strata, inspectors, recusals, inspectorsPerSubject, null);
	}

	public record StratumInput(@NotBlank @Size(max = 40) String stratum, @NotNull List<@NotBlank String> subjectCodes,
			@Min(0) int n) {
	}

	/** The inspector with this certificate may not inspect this subject; why (declared, last case, last inspection). */
	public record Recusal(@NotBlank String certificateNumber, @NotBlank String subjectCode, @Nullable String reason) {

		@JsonCreator
		public Recusal {
		}

		public Recusal(String certificateNumber, String subjectCode) {
			this(certificateNumber, subjectCode, null);
		}
	}

	/**
	 * One department's inspectors (docs/adr/0032-inspectors-library-and-recusal.md): its name as published, its id, its
	 * eligible certificate numbers, how many it draws per subject (the request's inspectorsPerSubject when absent) and the
	 * expertise tag its eligible were chosen by, if any (recorded and published with the draw).
	 */
	public record InspectorGroup(@NotBlank @Size(max = 200) String group, @Nullable Long departmentId,
			@NotNull List<@NotBlank String> inspectors, @Nullable @Min(1) @Max(20) Integer k,
			@Nullable @Size(max = 40) String tag) {

		@JsonCreator
		public InspectorGroup {
			inspectors = List.copyOf(inspectors);
			tag = tag == null || tag.isBlank() ? null : tag.strip();
		}

		public InspectorGroup(String group, @Nullable Long departmentId, List<String> inspectors, @Nullable Integer k) {
			this(group, departmentId, inspectors, k, null);
		}
	}

	public int inspectorsEach() {
		return inspectorsPerSubject == null ? DEFAULT_INSPECTORS : inspectorsPerSubject;
	}

	public List<Recusal> recusalsOrNone() {
		return recusals == null ? List.of() : recusals;
	}

	/** Whether inspectors are drawn per group (a joint task's departments) rather than from one list. */
	public boolean grouped() {
		return groups != null && !groups.isEmpty();
	}
}
