package briefbot.chat.teams;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;

/** The Teams bot's settings, read from the config once; null from {@link #from} when Teams is not configured. */
record TeamsSettings(String appId, String appPassword, String tenantId, String openIdMetadataUrl, String tokenUrl) {

  static final String DEFAULT_OPENID_METADATA = Settings.TEAMS_OPENID_METADATA_URL.defaultValue();
  static final String TOKEN_SCOPE = "https://api.botframework.com/.default";
  static final String ISSUER = "https://api.botframework.com";

  static TeamsSettings from(Config config) {
    String appId = config.get(Settings.TEAMS_APP_ID);
    if (appId == null) {
      return null;
    }
    String password = config.require(Settings.TEAMS_APP_PASSWORD, "the Teams bot");
    String tenant = config.get(Settings.TEAMS_TENANT_ID);
    if (tenant != null && !tenant.matches("[A-Za-z0-9.-]{1,100}")) {
      throw new ConfigException(config.nameOf(Settings.TEAMS_TENANT_ID) + " must be a tenant id or domain, not '"
          + tenant + "'");
    }
    String metadata = config.get(Settings.TEAMS_OPENID_METADATA_URL);
    String token = config.isSet(Settings.TEAMS_TOKEN_URL) ? config.get(Settings.TEAMS_TOKEN_URL)
        : "https://login.microsoftonline.com/" + (tenant == null ? "botframework.com" : tenant) + "/oauth2/v2.0/token";
    return new TeamsSettings(appId, password, tenant, metadata, token);
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "TeamsSettings[appId=" + appId + ", tenantId=" + tenantId + ", openIdMetadataUrl=" + openIdMetadataUrl
        + ", tokenUrl=" + tokenUrl + "]";
  }
}
