/** Data sovereignty: policy (not exported). */
package org.stadtkern.sovereignty.internal.policy;
