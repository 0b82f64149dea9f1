/** Co-creation fund over HTTP (not exported). */
package org.stadtkern.cocreation.internal.http;
