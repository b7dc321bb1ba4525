package org.hsctdata.fhir.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The database the integration tests run on. Failsafe runs them on H2 in memory, as the {@code test} profile says, and
 * those marked {@link DatabaseTest} again on the PostgreSQL server that {@code scripts/postgres-test-db.sh} starts,
 * whose URL it passes as the system property {@code spring.datasource.url} (pom.xml).
 */
public final class TestDatabase {

	private static final String URL = System.getProperty("spring.datasource.url", "");

	private static final Pattern DATABASE_NAME = Pattern.compile("^(jdbc:postgresql://[^/]+/)[^?]+");

	private TestDatabase() {}

	/** Whether this run is on PostgreSQL. */
	public static boolean isPostgres() {
		return URL.startsWith("jdbc:postgresql:");
	}

	/**
	 * The URL of a new, empty database of this name (letters, digits and underscores), for a test that needs a server
	 * of its own: on PostgreSQL a database created (again) on the test server, on H2 a database in memory.
	 */
	public static String emptyDatabase(String name) {
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("not a plain database name: " + name);
		}
		if (!isPostgres()) {
			return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
		}
		try (Connection connection = DriverManager.getConnection(URL, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		} catch (SQLException e) {
			throw new IllegalStateException("cannot create database " + name + " at " + URL, e);
		}
		return DATABASE_NAME.matcher(URL).replaceFirst("$1" + name);
	}

	/** A JDBC connection to a database of the test server, as the server's user. */
	public static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, user(), password());
	}

	private static String user() {
		return System.getProperty("spring.datasource.username", "sa");
	}

	private static String password() {
		return System.getProperty("spring.datasource.password", "");
	}
}
