/** Data sovereignty over HTTP: dataset policies and their ODRL form, Art. 30 record, audit log (not exported). */
package org.stadtkern.sovereignty.internal.http;
