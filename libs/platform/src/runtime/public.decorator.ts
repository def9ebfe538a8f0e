import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'vt:public';

/** For endpoints that need no identity (health probes only); everything else is authenticated. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
