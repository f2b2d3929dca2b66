package cn.oneteam.region;

import java.nio.file.Path;
import java.util.List;

import cn.oneteam.shared.DivisionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions 行政区划", description = "The national division tree: province → city → county → township → village")
class RegionApiController {

	private final Regions regions;

	private final DivisionImports imports;

	RegionApiController(Regions regions, DivisionImports imports) {
		this.regions = regions;
		this.imports = imports;
	}

	@GetMapping
	@Operation(summary = "Provinces (the roots of the tree)")
	List<DivisionResponse> provinces() {
		return regions.provinces().stream().map(DivisionResponse::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One division with its path from the province",
			description = "Codes of 2, 4, 6, 9 or 12 digits; GB/T 2260 padded forms such as 632800 are accepted.")
	DivisionDetail division(@PathVariable @Parameter(example = "632802") DivisionCode code) {
		return new DivisionDetail(DivisionResponse.of(regions.require(code)),
				regions.path(code).stream().map(DivisionResponse::of).toList());
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "The divisions directly below a division")
	List<DivisionResponse> children(@PathVariable @Parameter(example = "632802") DivisionCode code) {
		return regions.children(code).stream().map(DivisionResponse::of).toList();
	}

	@GetMapping("/search")
	@Operation(summary = "Search by name (contains) or code (prefix), at most 50 results, higher levels first")
	List<DivisionResponse> search(@RequestParam @Parameter(example = "德令哈") String q) {
		return regions.search(q).stream().map(DivisionResponse::of).toList();
	}

	@PostMapping("/villages/import")
	@Operation(summary = "Import villages and communities from a file on the server (administrator)",
			description = "CSV with header `code,name,streetCode,provinceCode,cityCode,areaCode`, optionally gzip "
					+ "(`.gz`), loaded with PostgreSQL COPY. Idempotent: a re-import inserts nothing. Rows with a "
					+ "malformed code or an unknown township are rejected and counted.")
	ImportReport importVillages(@Valid @RequestBody ImportRequest request) {
		return imports.importVillages(Path.of(request.path()));
	}

	record ImportRequest(@NotBlank String path) {
	}

	record DivisionResponse(String code, String name, String level, @Nullable String townshipKind,
			@Nullable String parentCode, int childCount) {

		static DivisionResponse of(Division d) {
			return new DivisionResponse(d.code().value(), d.name(), d.level().name(),
					d.townshipKind() == null ? null : d.townshipKind().name(),
					d.parentCode() == null ? null : d.parentCode().value(), d.childCount());
		}
	}

	record DivisionDetail(DivisionResponse division, List<DivisionResponse> path) {
	}
}
