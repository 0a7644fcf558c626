package briefbot.chat.teams;

import java.io.IOException;

/**
 * Microsoft refused a call for a reason trying again does not change (the bot's credentials, its place in the
 * conversation): the message says what to fix, and the work is not retried.
 */
final class Refused extends IOException {

  Refused(String message) {
    super(message);
  }
}
