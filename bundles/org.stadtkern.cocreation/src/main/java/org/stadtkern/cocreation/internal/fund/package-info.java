/** The rules of a co-creation fund: proposal states, jury scoring, ranking, fitting the fund (not exported). */
package org.stadtkern.cocreation.internal.fund;
