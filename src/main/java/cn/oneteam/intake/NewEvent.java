package cn.oneteam.intake;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A report as it arrives from any channel: what (type, matter or none, description), where (a township or village
 * code of the territory, optional grid, address and WGS-84 coordinates), how urgent, and who reported it (optional).
 */
public record NewEvent(@NotNull RequestType requestType,
		@Nullable @Size(max = 40) @Schema(example = "HX-CG-002", description = "catalogue matter; suggested from the text when absent") String matter,
		@NotBlank @Size(max = 4000) @Schema(example = "小区门口有人随意倾倒生活垃圾") String description,
		@NotBlank @Size(max = 12) @Schema(example = "632802001") String division, @Nullable @Size(max = 30) String grid,
		@Nullable @Size(max = 300) @Schema(example = "河西街道长江路12号") String address,
		@Nullable @DecimalMin("-90") @DecimalMax("90") @Schema(example = "37.3705") BigDecimal latitude,
		@Nullable @DecimalMin("-180") @DecimalMax("180") @Schema(example = "97.3605") BigDecimal longitude,
		@Nullable @Size(max = 100) String reporterName, @Nullable @Size(max = 30) String reporterPhone,
		@Nullable @Size(max = 200) String reporterEmail, @Nullable Priority priority) {

	Priority priorityOrNormal() {
		return priority == null ? Priority.NORMAL : priority;
	}
}
