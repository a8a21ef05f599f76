import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, LimitAttempts } from '@nestmall/platform';
import { AdminClient, type StaffCaller } from '../../client/admin.client.js';
import { CurrentStaff, StaffOnly } from '../staff.guard.js';
import {
  ChangeRoleBody,
  CreateStaffBody,
  StaffIdParams,
  StaffLogInBody,
  StaffResponse,
  StaffTokenResponse,
} from './dto/admin.dto.js';

@ApiTags('admin: staff')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('admin')
export class StaffHttpController {
  constructor(private readonly admin: AdminClient) {}

  @Post('auth/login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Staff log-in: an e-mail and password for a staff access token',
    description:
      'Staff accounts are apart from buyers: a buyer cannot log in here, nor use a buyer token on /admin routes.',
  })
  @ApiOkResponse({ type: StaffTokenResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS)
  // Per client address like POST /auth/login (AUTH_ATTEMPTS_PER_MINUTE); per account in LogInStaff.
  @LimitAttempts({ perAccount: false })
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  logIn(@Body() body: StaffLogInBody): Promise<StaffTokenResponse> {
    return this.admin.logIn(body);
  }

  @Get('staff/me')
  @StaffOnly()
  @ApiOperation({
    summary: "The staff token's own staff member, with the permissions of their role",
  })
  @ApiOkResponse({ type: StaffResponse })
  me(@CurrentStaff() caller: StaffCaller): StaffResponse {
    return caller.staff;
  }

  @Get('staff')
  @StaffOnly('staff:manage')
  @ApiOperation({ summary: 'Every staff member (permission staff:manage)' })
  @ApiOkResponse({ type: [StaffResponse] })
  list(@CurrentStaff() caller: StaffCaller): Promise<StaffResponse[]> {
    return this.admin.listStaff(caller);
  }

  @Post('staff')
  @StaffOnly('staff:manage')
  @ApiOperation({ summary: 'A new staff account (permission staff:manage; audited)' })
  @ApiCreatedResponse({ type: StaffResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT)
  create(
    @CurrentStaff() caller: StaffCaller,
    @Body() body: CreateStaffBody,
  ): Promise<StaffResponse> {
    return this.admin.createStaff(caller, body);
  }

  @Patch('staff/:id/role')
  @StaffOnly('staff:manage')
  @ApiOperation({
    summary: "Another role for a staff member (permission staff:manage; audited; not one's own)",
  })
  @ApiOkResponse({ type: StaffResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  changeRole(
    @CurrentStaff() caller: StaffCaller,
    @Param() params: StaffIdParams,
    @Body() body: ChangeRoleBody,
  ): Promise<StaffResponse> {
    return this.admin.changeStaffRole(caller, params.id, body.role);
  }
}
