package org.hsctdata.fhir.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.hsctdata.fhir.rest.IssueCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Lets one server at a time start on a database: from before the schema migration until the application context is
 * refreshed (every bean created, the FHIR package installed), so that servers starting together on one PostgreSQL
 * database do not race to write what a first start writes. HAPI's start-up is not safe against that race: two servers
 * on an empty database both fill {@code HFJ_RESOURCE_TYPE} and both install the package, and the second fails on a
 * unique index. With this lock the second server waits, then finds the work done.
 *
 * <p>On PostgreSQL the lock is an advisory lock held by one connection: PostgreSQL releases it when that connection
 * ends, so a server killed while starting blocks nobody. An H2 database belongs to one process (H2 locks its file), so
 * there a lock within the JVM suffices (it matters only to tests that start several servers in one JVM).
 */
final class StartupLock implements ApplicationListener<ContextRefreshedEvent>, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	/** The first key of our advisory lock, so that it cannot collide with another application's. */
	private static final String NAMESPACE = "org.hsctdata.fhir";

	private static final String NAME = "start-up";

	private static final Map<String, Semaphore> JVM_LOCKS = new ConcurrentHashMap<>();

	/** The lock within the JVM, for databases other than PostgreSQL; null on PostgreSQL. */
	private Semaphore jvmLock;

	/** The connection that holds the advisory lock on PostgreSQL; null when not held. */
	private Connection holder;

	private boolean held;

	private StartupLock() {}

	/** Takes the lock for this database, waiting while another server holds it. */
	static StartupLock acquire(DataSource dataSource, Database database) {
		StartupLock lock = new StartupLock();
		if (!database.isPostgresql()) {
			lock.jvmLock = JVM_LOCKS.computeIfAbsent(database.url(), key -> new Semaphore(1));
			lock.jvmLock.acquireUninterruptibly();
			lock.held = true;
			return lock;
		}
		try {
			lock.holder = dataSource.getConnection();
			lock.held = true;
			if (!advisoryLock(lock.holder, "pg_try_advisory_lock")) {
				log.info("Waiting for another server to finish starting on this database");
				advisoryLock(lock.holder, "pg_advisory_lock");
			}
		} catch (SQLException e) {
			lock.release();
			throw new IllegalStateException(
					IssueCode.STARTUP_LOCK_UNAVAILABLE.message("cannot take the start-up lock: " + e.getMessage()), e);
		}
		return lock;
	}

	/** Whether the lock is held in the database, so that no other process is starting on it. */
	boolean isHeldInDatabase() {
		return holder != null;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		release();
	}

	/** Also when the start failed: the context is then closed. */
	@Override
	public void destroy() {
		release();
	}

	private synchronized void release() {
		if (!held) {
			return;
		}
		held = false;
		if (holder != null) {
			try (Connection connection = holder) {
				// before the connection goes back to the pool
				advisoryLock(connection, "pg_advisory_unlock");
			} catch (SQLException e) {
				// a connection that cannot run the unlock is broken: its session, and with it the lock, is gone
				log.warn("Could not release the start-up lock explicitly: {}", e.getMessage());
			}
			holder = null;
		}
		if (jvmLock != null) {
			jvmLock.release();
		}
	}

	/** Calls an advisory-lock function on our two keys; true unless it answered false. */
	private static boolean advisoryLock(Connection connection, String function) throws SQLException {
		try (PreparedStatement statement =
				connection.prepareStatement("SELECT " + function + "(hashtext(?), hashtext(?))::text")) {
			statement.setString(1, NAMESPACE);
			statement.setString(2, NAME);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				// pg_advisory_lock returns void (an empty text); the try and unlock functions a boolean
				return !"false".equals(result.getString(1));
			}
		}
	}
}
