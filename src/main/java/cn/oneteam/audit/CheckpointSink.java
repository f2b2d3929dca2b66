package cn.oneteam.audit;

import java.io.IOException;

/**
 * SPI: a further place outside the database where each checkpoint is kept besides the log file (the S3 store when
 * evidence is kept there; docs/adr/0007-tamper-evidence.md).
 */
public interface CheckpointSink {

	/** Keeps the checkpoint's log line under a name of its own (its time and head id). */
	void keep(String name, String logLine) throws IOException;
}
