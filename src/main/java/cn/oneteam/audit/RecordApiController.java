package cn.oneteam.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The whole full-process record: its checkpoints and its verification, for administrators and supervisors. */
@RestController
@RequestMapping("/api/v1/record")
@Tag(name = "record 全过程记录", description = "Checkpoints of the record's chains and its verification "
		+ "(docs/adr/0007-tamper-evidence.md, docs/adr/0053-record-chains-per-partition.md)")
class RecordApiController {

	private final RecordCheckpoints checkpoints;

	private final FullProcessRecord record;

	RecordApiController(RecordCheckpoints checkpoints, FullProcessRecord record) {
		this.checkpoints = checkpoints;
		this.record = record;
	}

	@PostMapping("/checkpoints")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sign a checkpoint now (administrators, supervisors)",
			description = "Seals every committed entry, then signs the head of every chain (each province's and the "
					+ "legacy chain's) and the number of entries they cover with the checkpoint key "
					+ "(Ed25519, kept outside the database) and appends it to the checkpoint log (and the S3 store "
					+ "when configured). Verification then finds entries removed or rewritten before it.")
	Checkpoint checkpoint() {
		return checkpoints.checkpointNow();
	}

	@GetMapping("/checkpoints")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'SUPERVISOR')")
	@Operation(summary = "The 20 newest checkpoints of the log, newest first, each with whether its signature holds")
	List<CheckedCheckpoint> checkpoints() {
		return checkpoints.recent(20).stream()
			.map(c -> new CheckedCheckpoint(c, checkpoints.signatureValid(c)))
			.toList();
	}

	@GetMapping("/verify")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'SUPERVISOR')")
	@Operation(summary = "Verify the whole record (administrators, supervisors)",
			description = "Recomputes every subject's chain, the legacy chain and every partition's chain of seals "
					+ "from content, checks every entry is sealed once or waiting to be, and checks the heads against "
					+ "the latest signed checkpoint; reports the first entry that does not recompute.")
	ChainVerification verify() {
		return record.verifyAll();
	}

	record CheckedCheckpoint(Checkpoint checkpoint, boolean signatureValid) {
	}
}
