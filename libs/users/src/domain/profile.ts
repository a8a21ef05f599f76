import { InvalidArgumentError } from '@nestmall/ports/platform';

/** A change to a profile: a field left out stays as it is; null clears it. */
export interface ProfileChange {
  nickname?: string | null;
  avatarUrl?: string | null;
  email?: string | null;
}

export const NICKNAME_RULE = {
  maxLength: 32,
  text: 'nickname must be 1 to 32 characters, not only spaces, without control characters',
};
export const AVATAR_URL_RULE = {
  maxLength: 512,
  text: 'avatar_url must be an https:// URL of at most 512 characters, without user or password',
};
export const EMAIL_RULE = {
  maxLength: 254,
  // The WHATWG "valid e-mail address" (what <input type=email> accepts), dot required in the host.
  pattern:
    /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/,
  text: 'email must be an e-mail address such as alice@example.com, at most 254 characters',
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The profile rules, checked here so every transport gets them; answers the change trimmed. */
export function checkProfileChange(change: ProfileChange): ProfileChange {
  const checked: ProfileChange = {};
  if (change.nickname !== undefined) checked.nickname = checkNickname(change.nickname);
  if (change.avatarUrl !== undefined) checked.avatarUrl = checkAvatarUrl(change.avatarUrl);
  if (change.email !== undefined) checked.email = checkEmail(change.email);
  return checked;
}

function checkNickname(value: string | null): string | null {
  if (value === null) return null;
  const nickname = typeof value === 'string' ? value.trim() : '';
  if (!nickname || [...nickname].length > NICKNAME_RULE.maxLength || CONTROL.test(nickname))
    throw new InvalidArgumentError(NICKNAME_RULE.text);
  return nickname;
}

function checkAvatarUrl(value: string | null): string | null {
  if (value === null) return null;
  let url: URL | null = null;
  try {
    if (typeof value === 'string' && value.length <= AVATAR_URL_RULE.maxLength)
      url = CONTROL.test(value) ? null : new URL(value);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:' || url.username || url.password || !url.hostname)
    throw new InvalidArgumentError(AVATAR_URL_RULE.text);
  return url.href;
}

function checkEmail(value: string | null): string | null {
  if (value === null) return null;
  const email = typeof value === 'string' ? value.trim() : '';
  if (email.length > EMAIL_RULE.maxLength || !EMAIL_RULE.pattern.test(email))
    throw new InvalidArgumentError(EMAIL_RULE.text);
  return email;
}
