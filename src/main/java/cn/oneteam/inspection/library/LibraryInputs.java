package cn.oneteam.inspection.library;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a user sends to the inspectors' library (docs/adr/0032-inspectors-library-and-recusal.md). */
public final class LibraryInputs {

	private LibraryInputs() {
	}

	/** An expertise tag (e.g. 食品, 特种设备, 消防): short free text of the department. */
	public record Tag(@NotBlank @Size(max = 20) String tag) {
	}

	/** An expert or testing body of a department (the caller's own when none is named). */
	public record NewAssistant(@Nullable Long departmentId, @NotNull AssistantKind kind,
			@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String organisation,
			@NotBlank @Size(max = 200) String expertise) {
	}

	/** The assistants to attach to a visit. */
	public record Attach(@NotEmpty List<@NotNull Long> assistantIds) {
	}
}
