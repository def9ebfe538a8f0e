import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { check, type Connection } from '@vt/platform';
import { WerkvoorraadService } from './werkvoorraad.service.js';
import {
  TermijnenArgs,
  WachtlijstConnection,
  WachtlijstItem,
  WerkItem,
  WerkItemConnection,
  WerkvoorraadArgs,
} from './werkvoorraad.types.js';

/** Werkvoorraad, termijnen and wachtlijst of the caller's region (and team, when the region restricts work to teams). */
@Resolver()
export class WerkvoorraadResolver {
  constructor(private readonly service: WerkvoorraadService) {}

  @Query(() => WerkItemConnection, { description: 'Open work per team or medewerker with deadlines, most urgent first.' })
  @Allow('read', 'Casus')
  werkvoorraad(@Args() args: WerkvoorraadArgs): Promise<Connection<WerkItem>> {
    return this.service.lijst(args, null);
  }

  @Query(() => WerkItemConnection, { description: 'Work due within N werkdagen, and all overdue work.' })
  @Allow('read', 'Casus')
  termijnen(@Args() args: TermijnenArgs): Promise<Connection<WerkItem>> {
    return this.service.lijst(args, check.geheel('binnenWerkdagen', args.binnenWerkdagen, 0, 60));
  }

  @Query(() => WachtlijstConnection, { description: 'Cases waiting for an overdracht date, longest waiting first.' })
  @Allow('read', 'Casus')
  wachtlijst(@Args() page: WerkvoorraadArgs): Promise<Connection<WachtlijstItem>> {
    return this.service.wachtlijst(page);
  }
}
