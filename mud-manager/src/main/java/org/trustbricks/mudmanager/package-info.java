/** MUD manager (learn, fetch, compile, decide) and traffic profiler (captures to MUD file). */
package org.trustbricks.mudmanager;
