package cn.oneteam.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The division tree loads on a thread of its own while the context is built, and the start-up's runner does not end
 * before the tree is complete: the runners after it (the demo's accounts) and "ready" always find the whole tree
 * (docs/adr/0057-the-scale-path.md, "Start-up").
 */
class DivisionStartupTests {

	private final List<String> happened = new CopyOnWriteArrayList<>();

	private final CountDownLatch release = new CountDownLatch(1);

	@Test
	void theRunnerWaitsForTheTreeLoadingBesideTheContext() throws Exception {
		DivisionStartup startup = new DivisionStartup(blockedImports(null), null, "");
		startup.afterPropertiesSet();
		Thread runner = new Thread(() -> {
			startup.run(new DefaultApplicationArguments());
			happened.add("runner ended");
		});
		runner.start();
		while (runner.isAlive() && runner.getState() != Thread.State.WAITING) {
			Thread.onSpinWait();
		}
		assertThat(happened).as("the runner waits while the tree loads").isEmpty();
		release.countDown();
		runner.join();
		assertThat(happened).containsExactly("tree loaded", "runner ended");
	}

	@Test
	void aTreeThatCouldNotLoadFailsTheStart() {
		DivisionStartup startup = new DivisionStartup(blockedImports(new IllegalStateException("streets.csv")), null,
				"");
		startup.afterPropertiesSet();
		release.countDown();
		assertThatThrownBy(() -> startup.run(new DefaultApplicationArguments()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("streets.csv");
	}

	/** Imports whose loading waits for {@link #release}, then ends or fails with {@code failure}. */
	private DivisionImports blockedImports(RuntimeException failure) {
		return new DivisionImports(null, null) {

			@Override
			public long loadShipped() {
				try {
					release.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				if (failure != null) {
					throw failure;
				}
				happened.add("tree loaded");
				return 44_703;
			}
		};
	}
}
