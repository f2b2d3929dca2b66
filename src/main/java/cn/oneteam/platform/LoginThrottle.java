package cn.oneteam.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ClientAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登录保护: counts failed sign-ins per account name and per client address, and failed bearer tokens per client
 * address, in the database so that every instance counts the same (docs/adr/0011-sign-in-protection.md). After a
 * few failures the caller must wait a growing delay before the next attempt is even checked, then the key is locked
 * for a while; an attempt that comes too early is refused at once, without a sleeping thread, and the answer says
 * how long to wait. The account key is the name as typed, so an unknown name is throttled exactly like a real one.
 * Every attempt, failure, refusal, lock and unlock is kept in {@code login_attempt}.
 *
 * <p>An attempt takes its place in the count before the password is checked (and gives it back when the password
 * was right), so that attempts sent in parallel cannot slip past the count.
 */
@Component
public class LoginThrottle {

	/** What is counted: an account name, a client address (password sign-in), a client address (bearer tokens). */
	public enum Kind {
		ACCOUNT, ADDRESS, TOKEN
	}

	/** The hourly purge's advisory lock key (docs/adr/0017-scheduled-scans.md). */
	static final long FORGET_LOCK = 7_102_146L;

	private final JdbcClient jdbc;

	private final LoginProperties properties;

	private final Clock clock;

	private final ScheduledScans.Scan forgetting;

	LoginThrottle(JdbcClient jdbc, LoginProperties properties, Clock clock, ScheduledScans scans) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.forgetting = scans.declare("login-forget", FORGET_LOCK);
	}

	/**
	 * Decides whether a password sign-in of {@code username} from {@code client} is checked now; if so, counts it as
	 * a failure until {@link #succeeded} says otherwise. A refusal is recorded here.
	 */
	@Transactional
	public Admission admit(String username, String client) {
		OffsetDateTime now = now();
		String name = key(username);
		State account = lock(Kind.ACCOUNT, name);
		State address = lock(Kind.ADDRESS, client);
		long wait = Math.max(account.remainingSeconds(now), address.remainingSeconds(now));
		if (wait > 0) {
			OffsetDateTime lockedUntil = later(account.lockedUntilAfter(now), address.lockedUntilAfter(now));
			record(now, "PASSWORD", name, client, "REFUSED", wait, lockedUntil, null);
			return new Admission(false, wait, lockedUntil);
		}
		State accountAfter = reserve(account, policy(Kind.ACCOUNT), now);
		State addressAfter = reserve(address, policy(Kind.ADDRESS), now);
		return new Admission(true, Math.max(accountAfter.remainingSeconds(now), addressAfter.remainingSeconds(now)),
				later(accountAfter.lockedUntil(), addressAfter.lockedUntil()));
	}

	/** The password was right: the account's count starts again and the address gets back the attempt it lent. */
	@Transactional
	public void succeeded(String username, String client) {
		OffsetDateTime now = now();
		String name = key(username);
		jdbc.sql("delete from login_throttle where kind = 'ACCOUNT' and key = ?").param(name).update();
		State address = lock(Kind.ADDRESS, client);
		int failures = Math.max(address.failures() - 1, 0);
		LoginProperties.Policy policy = policy(Kind.ADDRESS);
		boolean locked = policy.locks(failures) && address.lockedUntil() != null;
		write(new State(Kind.ADDRESS, client, failures, address.lastFailureAt(),
				locked ? address.nextAllowedAt() : null, locked ? address.lockedUntil() : null));
		record(now, "PASSWORD", name, client, "SUCCEEDED", null, null, null);
	}

	/** The password was wrong (or the account unusable): the attempt counted at admission stays counted. */
	@Transactional
	public void failed(String username, String client, Admission admission) {
		record(now(), "PASSWORD", key(username), client, "FAILED", admission.waitSeconds(), admission.lockedUntil(),
				null);
	}

	/**
	 * The seconds a client must still wait before its bearer tokens are checked again, recorded as a refusal; empty
	 * when it may go on. One read for an address that never failed.
	 */
	public Optional<Long> tokenRefusal(String client) {
		OffsetDateTime now = now();
		Optional<State> state = jdbc.sql("""
				select kind, key, failures, last_failure_at, next_allowed_at, locked_until from login_throttle
				where kind = 'TOKEN' and key = ?""")
			.param(client)
			.query(LoginThrottle::state)
			.optional();
		long wait = state.map(s -> s.remainingSeconds(now)).orElse(0L);
		if (wait <= 0) {
			return Optional.empty();
		}
		record(now, "TOKEN", null, client, "REFUSED", wait, state.get().lockedUntilAfter(now), null);
		return Optional.of(wait);
	}

	/** A bearer token from {@code client} was unknown, revoked or expired: counted, recorded. */
	@Transactional
	public void tokenFailed(String client) {
		OffsetDateTime now = now();
		State after = reserve(lock(Kind.TOKEN, client), policy(Kind.TOKEN), now);
		record(now, "TOKEN", null, client, "FAILED", after.remainingSeconds(now), after.lockedUntil(), null);
	}

	/** Keys that failed lately or are waiting or locked now, the blocked first. */
	@Transactional(readOnly = true)
	public List<ThrottleState> recent() {
		OffsetDateTime now = now();
		return jdbc.sql("""
				select kind, key, failures, last_failure_at, next_allowed_at, locked_until from login_throttle
				where failures > 0 or next_allowed_at > ? order by last_failure_at desc nulls last limit 500""")
			.param(now)
			.query(LoginThrottle::state)
			.list()
			.stream()
			.filter(s -> s.remainingSeconds(now) > 0 || s.effectiveFailures(now, policy(s.kind())) > 0)
			.map(s -> s.view(now, policy(s.kind())))
			.sorted(Comparator.comparing((ThrottleState s) -> s.blockedUntil() == null))
			.toList();
	}

	/** An administrator lifts the delay or lock of a key and resets its count; recorded with the administrator. */
	@Transactional
	public void unlock(Kind kind, String key, long administrator) {
		String stored = kind == Kind.ACCOUNT ? key(key) : ClientAddress.key(key);
		jdbc.sql("delete from login_throttle where kind = ? and key = ?").params(kind.name(), stored).update();
		record(now(), kind == Kind.TOKEN ? "TOKEN" : "PASSWORD", kind == Kind.ACCOUNT ? stored : null,
				kind == Kind.ACCOUNT ? null : stored, "UNLOCKED", null, null, administrator);
	}

	/** The latest attempts, newest first, of an account name or a client address when given. */
	@Transactional(readOnly = true)
	public List<Attempt> attempts(@Nullable String username, @Nullable String client, int limit) {
		return jdbc.sql("""
				select id, at, kind, username, client, outcome, wait_seconds, locked_until, actor from login_attempt
				where (cast(:username as varchar) is null or username = :username)
				  and (cast(:client as varchar) is null or client = :client)
				order by at desc, id desc limit :limit""")
			.param("username", username == null || username.isBlank() ? null : key(username))
			.param("client", client == null || client.isBlank() ? null : client.trim())
			.param("limit", Math.max(1, Math.min(limit, 500)))
			.query((rs, n) -> new Attempt(rs.getLong("id"), ChinaTime.local(rs.getObject("at", OffsetDateTime.class)),
					rs.getString("kind"), rs.getString("username"), rs.getString("client"), rs.getString("outcome"),
					(Integer) rs.getObject("wait_seconds"), local(time(rs, "locked_until")),
					(Long) rs.getObject("actor")))
			.list();
	}

	/**
	 * Forgets counts nobody needs any more, and attempts older than {@code oneteam.login.keep-attempts}; on one instance
	 * at a time (docs/adr/0055-several-instances.md).
	 */
	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	public void forgetOld() {
		forgetting.runScheduled(this::forget);
	}

	private void forget() {
		OffsetDateTime now = now();
		Duration longest = List.of(properties.account(), properties.address(), properties.token())
			.stream()
			.map(LoginProperties.Policy::resetAfter)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		jdbc.sql("""
				delete from login_throttle where (last_failure_at is null or last_failure_at < ?)
				  and (next_allowed_at is null or next_allowed_at < ?)""")
			.params(now.minus(longest), now)
			.update();
		jdbc.sql("delete from login_attempt where at < ?").param(now.minus(properties.keepAttempts())).update();
	}

	private static String key(String username) {
		return username.length() > 200 ? username.substring(0, 200) : username;
	}

	private LoginProperties.Policy policy(Kind kind) {
		return switch (kind) {
			case ACCOUNT -> properties.account();
			case ADDRESS -> properties.address();
			case TOKEN -> properties.token();
		};
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	/** The row of a key, created when missing, locked until the transaction ends. */
	private State lock(Kind kind, String key) {
		jdbc.sql("insert into login_throttle (kind, key) values (?, ?) on conflict do nothing")
			.params(kind.name(), key)
			.update();
		return jdbc.sql("""
				select kind, key, failures, last_failure_at, next_allowed_at, locked_until from login_throttle
				where kind = ? and key = ? for update""")
			.params(kind.name(), key)
			.query(LoginThrottle::state)
			.single();
	}

	/** Counts one more failure: the delay or lock it brings starts now. */
	private State reserve(State state, LoginProperties.Policy policy, OffsetDateTime now) {
		int failures = state.effectiveFailures(now, policy) + 1;
		Duration wait = policy.waitAfter(failures);
		State after = new State(state.kind(), state.key(), failures, now, wait.isZero() ? null : now.plus(wait),
				policy.locks(failures) ? now.plus(wait) : null);
		write(after);
		return after;
	}

	private void write(State state) {
		jdbc.sql("""
				update login_throttle set failures = ?, last_failure_at = ?, next_allowed_at = ?, locked_until = ?
				where kind = ? and key = ?""")
			.params(state.failures(), state.lastFailureAt(), state.nextAllowedAt(), state.lockedUntil(),
					state.kind().name(), state.key())
			.update();
	}

	private void record(OffsetDateTime at, String kind, @Nullable String username, @Nullable String client,
			String outcome, @Nullable Long waitSeconds, @Nullable OffsetDateTime lockedUntil, @Nullable Long actor) {
		jdbc.sql("""
				insert into login_attempt (at, kind, username, client, outcome, wait_seconds, locked_until, actor)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(at, kind, username, client, outcome,
					waitSeconds == null ? null : (int) Math.min(waitSeconds, Integer.MAX_VALUE), lockedUntil, actor)
			.update();
	}

	private static @Nullable OffsetDateTime later(@Nullable OffsetDateTime a, @Nullable OffsetDateTime b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private static State state(ResultSet rs, int row) throws SQLException {
		return new State(Kind.valueOf(rs.getString("kind")), rs.getString("key"), rs.getInt("failures"),
				time(rs, "last_failure_at"), time(rs, "next_allowed_at"), time(rs, "locked_until"));
	}

	private static @Nullable OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}

	private static @Nullable OffsetDateTime local(@Nullable OffsetDateTime time) {
		return time == null ? null : ChinaTime.local(time);
	}

	/**
	 * Whether an attempt is checked now. When admitted, {@code waitSeconds} and {@code lockedUntil} are what its
	 * failure brings; when refused, what remains.
	 */
	public record Admission(boolean admitted, long waitSeconds, @Nullable OffsetDateTime lockedUntil) {
	}

	/** A key's count as an administrator sees it. */
	public record ThrottleState(Kind kind, String key, int failures, @Nullable OffsetDateTime lastFailureAt,
			@Nullable OffsetDateTime blockedUntil, @Nullable OffsetDateTime lockedUntil) {
	}

	/** One recorded attempt: {@code kind} PASSWORD or TOKEN; {@code outcome} SUCCEEDED, FAILED, REFUSED or UNLOCKED. */
	public record Attempt(long id, OffsetDateTime at, String kind, @Nullable String username, @Nullable String client,
			String outcome, @Nullable Integer waitSeconds, @Nullable OffsetDateTime lockedUntil,
			@Nullable Long administrator) {
	}

	private record State(Kind kind, String key, int failures, @Nullable OffsetDateTime lastFailureAt,
			@Nullable OffsetDateTime nextAllowedAt, @Nullable OffsetDateTime lockedUntil) {

		/** The failures that still count: none once {@code resetAfter} passed since the last one. */
		int effectiveFailures(OffsetDateTime now, LoginProperties.Policy policy) {
			return lastFailureAt == null || !lastFailureAt.plus(policy.resetAfter()).isAfter(now) ? 0 : failures;
		}

		long remainingSeconds(OffsetDateTime now) {
			if (nextAllowedAt == null || !nextAllowedAt.isAfter(now)) {
				return 0;
			}
			Duration left = Duration.between(now, nextAllowedAt);
			return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
		}

		@Nullable OffsetDateTime lockedUntilAfter(OffsetDateTime now) {
			return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
		}

		ThrottleState view(OffsetDateTime now, LoginProperties.Policy policy) {
			return new ThrottleState(kind, key, effectiveFailures(now, policy), local(lastFailureAt),
					remainingSeconds(now) > 0 ? local(nextAllowedAt) : null, local(lockedUntilAfter(now)));
		}
	}
}
