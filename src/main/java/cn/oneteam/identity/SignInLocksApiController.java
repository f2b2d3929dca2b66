package cn.oneteam.identity;

import java.util.List;

import cn.oneteam.platform.LoginThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sign-in")
@Tag(name = "sign-in 登录保护", description = "Sign-in throttling and locks: who is held back, the recorded attempts, "
		+ "unlocking (administrators)")
class SignInLocksApiController {

	private final SignInLocks locks;

	SignInLocksApiController(SignInLocks locks) {
		this.locks = locks;
	}

	@GetMapping("/throttles")
	@Operation(summary = "Account names and client addresses that failed lately, the waiting and locked first",
			description = "kind ACCOUNT (a name as typed, known or not), ADDRESS (password sign-in per client address) "
					+ "or TOKEN (bearer-token failures per client address); blockedUntil: no attempt is checked before; "
					+ "lockedUntil: set when the count reached the lock.")
	List<LoginThrottle.ThrottleState> throttles() {
		return locks.recent();
	}

	@GetMapping("/attempts")
	@Operation(summary = "Recorded sign-in attempts, newest first",
			description = "outcome SUCCEEDED, FAILED, REFUSED (too early: not checked) or UNLOCKED (by an administrator)")
	List<LoginThrottle.Attempt> attempts(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String client, @RequestParam(defaultValue = "100") int limit) {
		return locks.attempts(username, client, limit);
	}

	@PostMapping("/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Unlock an account name or a client address",
			description = "Lifts the delay or lock and resets the count; recorded with the administrator. The answer "
					+ "is the same whether or not such an account exists or was held back.")
	void unlock(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody Unlock request) {
		locks.unlock(request.kind(), request.key(), me.accountId());
	}

	record Unlock(@NotNull @Schema(example = "ACCOUNT") LoginThrottle.Kind kind,
			@NotBlank @Size(max = 200) @Schema(example = "dlh.officer1") String key) {
	}
}
