package org.hsctdata.fhir.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Column types for the server's own tables (audit trail, import jobs), which H2 and PostgreSQL spell differently. */
public final class SqlTypes {

	private SqlTypes() {}

	/** The type of a column of unbounded text: {@code TEXT} on PostgreSQL, {@code CLOB} on H2. */
	public static String largeText(Connection connection) throws SQLException {
		return connection
						.getMetaData()
						.getDatabaseProductName()
						.toLowerCase(Locale.ROOT)
						.contains("postgres")
				? "TEXT"
				: "CLOB";
	}
}
