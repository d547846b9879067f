/** The quarantine: unusable input kept with its reason, and shown to a person. */
package zen.gateway.application.quarantine;
