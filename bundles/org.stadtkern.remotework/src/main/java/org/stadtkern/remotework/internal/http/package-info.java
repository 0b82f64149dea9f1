/** The measure's HTTP API under /api/remotework and its pages under /remotework. */
package org.stadtkern.remotework.internal.http;
