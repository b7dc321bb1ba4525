package org.hsctdata.fhir.audit;

import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hsctdata.fhir.rest.IssueCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records AuditEvents in the {@link AuditStore}, durably and before the request is answered.
 *
 * <ul>
 *   <li>Inside a database transaction (a create, update, PATCH or delete, a transaction bundle) the events are
 *       inserted on that transaction's connection: the change and its record commit together or not at all, and a
 *       failure to record fails the change.
 *   <li>Outside one (reads, searches, operations, refusals) the events go to a <b>group commit</b>: one writer thread
 *       inserts the events of every request that is waiting, in one database transaction, and each request goes on
 *       once that has committed. Under load one commit serves several requests; alone, a request waits for its own.
 *       If the events cannot be stored the request fails with a 500 ({@link IssueCode#AUDIT_UNRECORDED}) instead of
 *       being answered: a kill -9 never loses the record of an answered request.
 * </ul>
 */
final class AuditRepository implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditRepository.class);

	/** The most events of waiting requests one commit takes (a few hundred rows). */
	private static final int GROUP_LIMIT = 256;

	/** How long a request waits for its commit before it gives up and fails (the database is gone or locked). */
	private static final long WAIT_SECONDS = 60;

	private final AuditStore store;

	private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();

	private volatile Thread writer;

	/** The events of one request, and the request waiting for their commit. */
	private record Waiting(List<AuditEvent> events, CompletableFuture<Void> committed) {}

	AuditRepository(AuditStore store) {
		this.store = store;
	}

	void record(AuditEvent event) {
		record(List.of(event));
	}

	void record(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			insertInTransaction(events);
			return;
		}
		Waiting waiting = new Waiting(events, new CompletableFuture<>());
		if (writer == null) {
			throw unrecorded(new IllegalStateException("the audit trail's writer is not running"));
		}
		queue.add(waiting);
		try {
			waiting.committed().get(WAIT_SECONDS, TimeUnit.SECONDS);
		} catch (ExecutionException failed) {
			throw unrecorded(failed.getCause());
		} catch (TimeoutException | InterruptedException failed) {
			if (failed instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw unrecorded(failed);
		}
	}

	/**
	 * On the connection of the current transaction, which Spring's JPA transaction manager exposes to JDBC: the same
	 * database transaction as the change.
	 */
	private void insertInTransaction(List<AuditEvent> events) {
		if (!TransactionSynchronizationManager.hasResource(store.dataSource())) {
			throw unrecorded(new IllegalStateException("the transaction does not expose its JDBC connection"));
		}
		Connection connection = DataSourceUtils.getConnection(store.dataSource());
		try {
			store.insert(connection, events);
		} catch (SQLException failed) {
			throw unrecorded(failed);
		} finally {
			DataSourceUtils.releaseConnection(connection, store.dataSource());
		}
	}

	/** The writer: takes the requests that are waiting, inserts their events, commits, lets them go on. */
	private void write() {
		List<Waiting> group = new ArrayList<>();
		while (!Thread.currentThread().isInterrupted() || !queue.isEmpty()) {
			try {
				group.add(queue.take());
			} catch (InterruptedException stopping) {
				Thread.currentThread().interrupt();
				queue.drainTo(group);
				if (group.isEmpty()) {
					return;
				}
			}
			queue.drainTo(group, GROUP_LIMIT - 1);
			commit(group);
			group.clear();
		}
	}

	private void commit(List<Waiting> group) {
		List<AuditEvent> events = new ArrayList<>();
		group.forEach(waiting -> events.addAll(waiting.events()));
		try (Connection connection = store.dataSource().getConnection()) {
			connection.setAutoCommit(false);
			try {
				store.insert(connection, events);
				connection.commit();
			} catch (SQLException | RuntimeException failed) {
				connection.rollback();
				throw failed;
			}
			group.forEach(waiting -> waiting.committed().complete(null));
		} catch (SQLException | RuntimeException failed) {
			group.forEach(waiting -> waiting.committed().completeExceptionally(failed));
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::write, "audit-trail-writer");
		thread.setDaemon(true);
		writer = thread;
		thread.start();
	}

	/** After the web server has stopped taking requests: what is waiting is still written. */
	@Override
	public void stop() {
		Thread thread = writer;
		writer = null;
		if (thread == null) {
			return;
		}
		thread.interrupt();
		try {
			thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return writer != null;
	}

	/** Starts before the web server takes requests and stops after it (the web server's phase is higher). */
	@Override
	public int getPhase() {
		return 0;
	}

	private static InternalErrorException unrecorded(Throwable cause) {
		log.error(IssueCode.AUDIT_UNRECORDED.message("an audit event could not be stored: {}"), String.valueOf(cause));
		// no OperationOutcome of ours: HAPI logs a 500 that has none with its cause, and answers as it would
		return new InternalErrorException(
				IssueCode.AUDIT_UNRECORDED.message(
						"the request could not be recorded in the audit trail, so it was not answered"),
				cause);
	}
}
