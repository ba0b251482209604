/** Implementation details of the SESIP library; may change at any time, not for use by other modules. */
package org.trustbricks.sesip.internal;
