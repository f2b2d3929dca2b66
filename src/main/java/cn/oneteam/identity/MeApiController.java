package cn.oneteam.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me 我的账号", description = "The calling account, its jurisdiction and its personal API tokens")
class MeApiController {

	private final Accounts accounts;

	MeApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Who am I: roles, permissions, organisation and jurisdiction")
	Me me(@AuthenticationPrincipal AccountPrincipal me) {
		return new Me(me.accountId(), me.username(), me.displayName(), me.roles().stream().map(Role::name).sorted().toList(),
				me.permissions().stream().map(Permission::authority).toList(), me.organizationId(),
				me.organizationName(), me.jurisdiction().isNationwide(), me.jurisdiction().codes());
	}

	@GetMapping("/tokens")
	@Operation(summary = "My API tokens (never their secrets)")
	List<ApiTokenInfo> tokens(@AuthenticationPrincipal AccountPrincipal me) {
		return accounts.tokens(me.accountId());
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a personal API token", description = "The secret is in this response only. Only from a "
			+ "signed-in session: a request authenticated by a token is refused (403). scope READ (GET and HEAD only) or "
			+ "FULL (the default); days: the validity, at most oneteam.identity.token-validity (90 days), which is also "
			+ "the default. An expired token answers 401.")
	IssuedToken issue(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody TokenRequest request) {
		return accounts.issueToken(me.accountId(), request.name(),
				request.scope() == null ? TokenScope.FULL : request.scope(), request.days());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of my API tokens")
	void revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		accounts.revokeToken(me.accountId(), id);
	}

	record TokenRequest(@NotBlank @Size(max = 100) String name, @Nullable TokenScope scope, @Nullable Integer days) {
	}

	record Me(long id, String username, String displayName, List<String> roles, List<String> permissions,
			long organizationId, String organizationName, boolean nationwide, List<String> jurisdiction) {
	}
}
